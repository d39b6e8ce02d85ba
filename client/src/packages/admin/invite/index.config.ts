export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '发放邀请码' });
