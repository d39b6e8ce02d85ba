export default definePageConfig({ navigationBarTitleText: '职称通', enableShareAppMessage: true, enableShareTimeline: true });
