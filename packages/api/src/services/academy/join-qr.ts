// The QR code on a session's plan page, drawn on the server as SVG so it needs no script.
import QRCode from "qrcode";

export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
