export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '单位公示' });
