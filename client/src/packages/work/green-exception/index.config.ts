export default definePageConfig({ navigationBarTitleText: '绿色通道一事一议' });
