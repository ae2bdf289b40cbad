package org.zongzhi.e2e.browser;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Reads a QR code back from what a person would hold: a screenshot, or a printed PDF's first page. */
final class QrCodes {

    private QrCodes() {}

    /** The text of the one QR code in the image. */
    static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        } catch (ReaderException e) {
            throw new AssertionError("a QR code was found but could not be read", e);
        }
    }

    static String decode(Path png) throws IOException {
        return decode(ImageIO.read(png.toFile()));
    }

    /**
     * The PDF's first page as a PNG next to it (Debian's poppler-utils, {@code pdftoppm}, installed with the
     * browser by {@code infra/bin/browser.sh}).
     */
    static Path firstPage(Path pdf) throws IOException, InterruptedException {
        String stem = pdf.toString().replaceAll("\\.pdf$", "");
        Process render = new ProcessBuilder(
                        "pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), stem)
                .redirectErrorStream(true)
                .start();
        String output = new String(render.getInputStream().readAllBytes());
        if (!render.waitFor(60, TimeUnit.SECONDS) || render.exitValue() != 0) {
            throw new AssertionError("pdftoppm could not render " + pdf + ": " + output);
        }
        Path png = Path.of(stem + ".png");
        if (!Files.exists(png)) {
            throw new AssertionError("pdftoppm wrote no " + png);
        }
        return png;
    }
}
