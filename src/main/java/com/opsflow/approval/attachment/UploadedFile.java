package com.opsflow.approval.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import com.opsflow.kernel.Refusal;

/**
 * A file as it arrived, checked: a name a person can read and no path, within the size limit, of a type allowed by
 * {@link AttachmentRules} as its content shows (Tika reads the bytes; the name only narrows a container such as a
 * .docx), and a name whose extension agrees with that content — a program renamed 报告.pdf is refused.
 */
record UploadedFile(String name, String type, byte[] content) {

  static final int MAX_NAME_LENGTH = 120;
  private static final Tika TIKA = new Tika();
  private static final Pattern UNSAFE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
  /** Refused by name before their content is looked at, whatever the configuration allows. */
  private static final Set<String> NEVER = Set.of("exe", "com", "bat", "cmd", "msi", "scr", "ps1", "vbs", "js", "jar",
      "sh", "html", "htm", "xhtml", "svg", "hta", "php", "jsp", "dll");

  static UploadedFile check(String originalName, InputStream in, long size, AttachmentRules rules) throws IOException {
    String name = originalName == null ? "" : originalName.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1); // some browsers send the whole path
    if (name.isEmpty() || size == 0) {
      throw Refusal.badRequest("请选择要上传的文件，文件不能为空。");
    }
    if (name.length() > MAX_NAME_LENGTH || UNSAFE_NAME.matcher(name).find() || name.startsWith(".")) {
      throw Refusal.badRequest("文件名不能超过 " + MAX_NAME_LENGTH + " 个字，且不能包含 \\ / : * ? \" < > | 等字符，请改名后上传。");
    }
    String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (NEVER.contains(extension)) {
      throw Refusal.badRequest("不能上传 ." + extension + " 文件：可执行程序、脚本和网页不能作为附件。");
    }
    if (size > rules.maxSize().toBytes()) {
      throw Refusal.badRequest("文件“" + name + "”超过大小限制（最大 " + megabytes(rules.maxSize().toBytes()) + "）。");
    }
    byte[] content = in.readAllBytes();
    String type = TIKA.detect(content, name);
    if (!rules.types().contains(type)) {
      throw Refusal.badRequest("不支持的文件类型：“" + name + "”的内容是 " + type
          + "。可以上传 PDF、图片（PNG、JPEG、GIF、WebP）、Word、Excel、PowerPoint 和文本文件。");
    }
    if (!extensionsOf(type).contains("." + extension)) {
      throw Refusal.badRequest("文件“" + name + "”的扩展名与内容不符（内容是 " + type + "），请确认文件后重新上传。");
    }
    return new UploadedFile(name, type, content);
  }

  private static List<String> extensionsOf(String type) {
    try {
      return MimeTypes.getDefaultMimeTypes().forName(type).getExtensions();
    } catch (MimeTypeException unknown) {
      return List.of();
    }
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
