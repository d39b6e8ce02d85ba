export default definePageConfig({ navigationBarTitleText: '职工自测统计' });
