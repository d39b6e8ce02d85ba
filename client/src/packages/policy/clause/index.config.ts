export default definePageConfig({ navigationBarTitleText: '政策条款', enableShareAppMessage: true, enableShareTimeline: true });
