export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '政策条款', enableShareAppMessage: true, enableShareTimeline: true });
