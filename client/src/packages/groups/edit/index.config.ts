export default definePageConfig({ navigationBarTitleText: '新建联络群' });
