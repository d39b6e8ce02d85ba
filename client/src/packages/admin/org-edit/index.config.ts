export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '单位信息' });
