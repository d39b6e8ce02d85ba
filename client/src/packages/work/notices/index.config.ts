export default definePageConfig({ navigationBarTitleText: '单位公示' });
