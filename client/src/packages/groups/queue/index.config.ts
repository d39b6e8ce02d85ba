export default definePageConfig({ navigationBarTitleText: '群内问答' });
