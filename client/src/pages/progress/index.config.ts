export default definePageConfig({ navigationBarTitleText: '进度' });
