export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '来自微信群' });
