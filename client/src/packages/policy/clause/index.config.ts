export default definePageConfig({ navigationBarTitleText: '政策条款' });
