package org.comptoir.ingest;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} / {@code max-request-size} answers 413 with a page
 * naming the limit. The limit is checked while the request is parsed, before any handler (hence no annotation
 * filter here); the import page's script checks the size before sending, so a browser usually never gets here.
 */
@ControllerAdvice
class UploadLimit {
    private final DataSize maxFileSize;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        this.maxFileSize = DataSize.parse(maxFileSize);
    }

    /** The API answers {@code 413 {"error": …}}; pages show the limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"the upload is larger than the limit of " + label(maxFileSize)
                    + " (spring.servlet.multipart.max-file-size)\"}");
            return new ModelAndView();
        }
        return new ModelAndView("import/too-large", "maxLabel", label(maxFileSize));
    }

    /** A size as people read it: 2 GB, 500 MB, 64 KB, 10 bytes. */
    static String label(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return Math.round(bytes / (double) (1L << 20)) + " MB";
        }
        if (bytes >= 1L << 10) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }
}
