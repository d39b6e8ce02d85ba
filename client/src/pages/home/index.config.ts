export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '职称通', enableShareAppMessage: true, enableShareTimeline: true });
