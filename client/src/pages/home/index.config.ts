export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '职称通' });
