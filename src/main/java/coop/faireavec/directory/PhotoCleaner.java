package coop.faireavec.directory;

import coop.faireavec.shared.UploadType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Removes a photo's metadata before it is stored (issue #17, point 3): a phone's photo carries in its EXIF the place
 * where it was taken. JPEG and PNG are decoded and encoded again with the JDK's ImageIO, which writes the pixels
 * only (no EXIF, XMP, comments or text chunks); a JPEG is written at quality 0.9. ImageIO has no WebP codec, so a
 * WebP keeps its image data and loses its {@code EXIF} and {@code XMP } chunks (RIFF container, and the matching
 * flags of its {@code VP8X} header). Images over {@link #MAX_PIXELS} are refused before decoding (a small file can
 * declare a huge image).
 */
final class PhotoCleaner {

    /** The largest image accepted, in pixels (width times height): 40 megapixels. */
    static final long MAX_PIXELS = 40_000_000L;

    private PhotoCleaner() {}

    /**
     * The image without its metadata.
     *
     * @param content the bytes, whose kind {@code type} was detected from the content
     * @return the cleaned bytes, of the same kind
     * @throws PhotoProblem when the image cannot be decoded, or is over {@link #MAX_PIXELS}
     */
    static byte[] clean(byte[] content, UploadType type) throws PhotoProblem {
        return switch (type) {
            case JPEG -> reencode(content, "jpeg");
            case PNG -> reencode(content, "png");
            case WEBP -> webpWithoutMetadata(content);
            default -> throw new PhotoProblem("not an image: " + type);
        };
    }

    private static byte[] reencode(byte[] content, String format) throws PhotoProblem {
        BufferedImage image = decode(content);
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new PhotoProblem("cannot encode: " + e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] content) throws PhotoProblem {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PhotoProblem("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new PhotoProblem("too many pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PhotoProblem("cannot decode: " + e);
        }
    }

    /** Copies the RIFF chunks but EXIF and XMP, and clears their flags in the VP8X header (WebP container spec). */
    private static byte[] webpWithoutMetadata(byte[] content) throws PhotoProblem {
        ByteBuffer in = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        if (content.length < 12 || !"RIFF".equals(fourCc(content, 0)) || !"WEBP".equals(fourCc(content, 8))) {
            throw new PhotoProblem("not a WebP container");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, 12);
        int at = 12;
        while (at + 8 <= content.length) {
            String id = fourCc(content, at);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long padded = size + (size & 1);
            if (at + 8 + size > content.length) {
                throw new PhotoProblem("truncated chunk " + id);
            }
            if (!"EXIF".equals(id) && !"XMP ".equals(id)) {
                byte[] chunk = new byte[(int) Math.min(8 + padded, content.length - at)];
                System.arraycopy(content, at, chunk, 0, chunk.length);
                if ("VP8X".equals(id) && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
                }
                out.writeBytes(chunk);
            }
            at += (int) (8 + padded);
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(4, result.length - 8);
        return result;
    }

    private static String fourCc(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }
}
