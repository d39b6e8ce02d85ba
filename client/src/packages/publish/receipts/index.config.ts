export default definePageConfig({ navigationBarTitleText: '送达回执' });
