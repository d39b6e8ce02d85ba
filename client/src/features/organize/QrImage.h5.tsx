import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import QRCode from 'qrcode';
import { checkInUrl } from './views';

/** What the picture is, in words (the card's heading and the image's label). */
export const QR_KIND = '二维码';

/**
 * H5: a QR code (SVG, drawn by `qrcode`, no canvas) of this H5 app's check-in page with the session and the
 * code in the link — scanned with any phone camera it opens 现场签到 with the code filled in.
 * Test hooks: #checkin-qr (data-url), #checkin-qr-error
 */
export function QrImage({ sessionId, code }: { sessionId: string; code: string; wxacodeBase64?: string }) {
  const [src, setSrc] = useState('');
  const [failed, setFailed] = useState(false);
  const url = typeof window === 'undefined' ? '' : checkInUrl(window.location.origin, window.location.pathname, sessionId, code);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [url]);
  if (failed)
    return (
      <Text id="checkin-qr-error" className="card__text">
        二维码没有生成，请让参会人输入下面的签到码。
      </Text>
    );
  return (
    <View className="checkin-qr">
      {src ? <Image id="checkin-qr" className="checkin-qr__img" src={src} mode="aspectFit" data-url={url} aria-label={`签到二维码，签到码 ${code}`} /> : null}
    </View>
  );
}
