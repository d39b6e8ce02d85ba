export default definePageConfig({ navigationBarTitleText: '安排宣讲' });
