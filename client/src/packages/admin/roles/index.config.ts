export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '角色授权' });
