export default definePageConfig({ navigationBarTitleText: '来自微信群' });
