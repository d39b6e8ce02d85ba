export default definePageConfig({ navigationBarTitleText: '宣讲管理' });
