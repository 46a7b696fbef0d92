package coop.faireavec.shared;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code drawn on the server with ZXing, as a PNG {@code data:} URL (the CSP allows {@code img-src data:}): the
 * invitation cards and the two-factor enrolment page use it.
 */
public final class QrCodePng {

    /** The side of the drawn image, in pixels. */
    public static final int SIZE = 300;

    private QrCodePng() {}

    /**
     * Draws {@code text} (UTF-8, error correction M, a 4-module margin) as a 300 × 300 PNG.
     *
     * @return {@code data:image/png;base64,...}
     * @throws IllegalStateException when the text cannot be drawn (too long for a QR code)
     */
    public static String dataUrl(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
