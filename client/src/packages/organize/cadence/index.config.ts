export default definePageConfig({ navigationBarTitleText: '宣讲制度' });
