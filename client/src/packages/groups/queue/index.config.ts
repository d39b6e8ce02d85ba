export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '群内问答' });
