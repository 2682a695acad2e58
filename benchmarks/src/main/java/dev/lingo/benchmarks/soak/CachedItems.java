package dev.lingo.benchmarks.soak;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The items whose answers a project's cache file holds, read straight from its SQLite file (prompt excerpts name the item). */
final class CachedItems {
  private CachedItems() {}

  private static final Pattern ITEM = Pattern.compile("item-\\d+");

  static Set<String> in(Path cacheFile) throws SQLException {
    Set<String> items = new HashSet<>();
    if (!cacheFile.toFile().exists()) {
      return items;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cacheFile);
         Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT prompt FROM answers")) {
      while (r.next()) {
        Matcher m = ITEM.matcher(r.getString(1));
        if (!m.find()) {
          throw new IllegalStateException("a cached answer names no item: " + r.getString(1));
        }
        items.add(m.group());
      }
    }
    return items;
  }
}
