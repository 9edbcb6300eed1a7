package vn.dangbo.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The drawn QR code reads back as the key URI a phone app expects. */
class QrCodeTests {

  @Test
  void theSvgReadsBackAsTheText() throws Exception {
    String text = "otpauth://totp/dangbo%3Avanphong.taxua?secret=GEZDGNBVGY3TQOJQ&issuer=dangbo";
    String svg = QrCode.svg(text);
    assertThat(svg).startsWith("<svg").doesNotContain("<script");

    var size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(size.find()).isTrue();
    int modules = Integer.parseInt(size.group(1));
    int scale = 4;
    int side = modules * scale;
    int[] pixels = new int[side * side];
    java.util.Arrays.fill(pixels, 0xffffff);
    var square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
    while (square.find()) {
      int x = Integer.parseInt(square.group(1));
      int y = Integer.parseInt(square.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * side + x * scale + dx] = 0;
        }
      }
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));

    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(text);
  }
}
