package com.opsflow.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A picture for the demo's attachments, drawn rather than shipped: a whiteboard with three coloured notes. */
final class DemoPicture {

  private DemoPicture() {
  }

  static byte[] whiteboard() {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    var pen = image.createGraphics();
    pen.setColor(new Color(0xF7F7F2));
    pen.fillRect(0, 0, 320, 200);
    Color[] notes = {new Color(0xFFE066), new Color(0x9AD1F5), new Color(0xB8E6A0)};
    for (int i = 0; i < notes.length; i++) {
      pen.setColor(notes[i]);
      pen.fillRect(30 + i * 95, 50, 70, 70);
    }
    pen.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "PNG", png);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    return png.toByteArray();
  }
}
