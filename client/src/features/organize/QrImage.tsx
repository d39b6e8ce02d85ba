/** The check-in code as a picture: a QR code of the check-in link on H5 (QrImage.h5.tsx), the mini-program code in the weapp (QrImage.weapp.tsx). */
export { QrImage, QR_KIND } from './QrImage.h5';
