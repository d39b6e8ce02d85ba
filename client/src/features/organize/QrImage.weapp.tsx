import { Image, Text, View } from '@tarojs/components';

export const QR_KIND = '小程序码';

/**
 * weapp: the mini-program code (wxacode.getUnlimited, its scene `<id>.<code>`) when the function returned it;
 * otherwise the typed code alone (shown by the card).
 */
export function QrImage({ code, wxacodeBase64 }: { sessionId: string; code: string; wxacodeBase64?: string }) {
  if (!wxacodeBase64)
    return (
      <Text id="checkin-qr-missing" className="card__text">
        小程序码暂时没有生成，请让参会人在“现场签到”页输入下面的签到码。
      </Text>
    );
  return (
    <View className="checkin-qr">
      <Image id="checkin-qr" className="checkin-qr__img" src={`data:image/png;base64,${wxacodeBase64}`} mode="aspectFit" showMenuByLongpress aria-label={`签到小程序码，签到码 ${code}`} />
    </View>
  );
}
