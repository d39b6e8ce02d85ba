export default definePageConfig({ navigationBarTitleText: '职称通' });
