export default definePageConfig({ navigationBarTitleText: '政策', enableShareAppMessage: true, enableShareTimeline: true });
