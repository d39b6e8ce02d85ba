export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '政策', enableShareAppMessage: true, enableShareTimeline: true });
