export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '绿色通道一事一议' });
