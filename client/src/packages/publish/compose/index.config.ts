export default definePageConfig({ navigationBarTitleText: '编写通知' });
