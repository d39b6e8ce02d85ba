export default definePageConfig({ navigationBarTitleText: '申报统计' });
