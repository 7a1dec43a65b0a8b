package io.github.ikmsdk.examples;

import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Rehearses the release (README, "Releasing") without credentials: copies the project to a
 * temporary directory, gives it the release version, generates a throwaway GnuPG key in a temporary
 * {@code GNUPGHOME}, runs {@code mvn deploy -P release -DskipUpload=true} (the Central Portal
 * bundle is built, signed and checksummed, but not uploaded) and checks the bundle against the
 * Portal's documented requirements (central.sonatype.org/publish/requirements): coordinates in the
 * repository layout, no SNAPSHOT, a verified {@code .asc} signature and matching {@code .md5} and
 * {@code .sha1} checksums for every file, sources and javadoc jars for every jar, and a POM with
 * name, description, url, licenses, developers and scm (inherited from the parent POM where the
 * module does not repeat them). {@code ikm-examples} must not be in the bundle.
 *
 * <p>The nested build uses the Maven and local repository of the build that runs this test, runs
 * online (the publish goal skips itself offline) and never installs into the local repository. It
 * needs {@code gpg} (GnuPG 2) on the {@code PATH}.
 */
class ReleaseBundleTest {

  private static final String GROUP_PATH = "io/github/ikmsdk";

  /** The published artifacts and, for each, the classifiers its jars must have. */
  private static final Map<String, ImmutableSortedSet<String>> PUBLISHED =
      Map.of(
          "ikm-parent", ImmutableSortedSet.of(),
          "ikm-core",
              ImmutableSortedSet.of(
                  "", "sources", "javadoc", "tests", "test-sources", "test-javadoc"),
          "ikm-json", ImmutableSortedSet.of("", "sources", "javadoc"));

  private static final Pattern FILE =
      Pattern.compile(
          Pattern.quote(GROUP_PATH) + "/([^/]+)/([^/]+)/\\1-\\2(?:-([a-z-]+))?\\.(jar|pom)");

  private static final ImmutableList<String> POM_METADATA =
      ImmutableList.of(
          "name",
          "description",
          "url",
          "licenses/license/name",
          "licenses/license/url",
          "developers/developer/name",
          "scm/url",
          "scm/connection",
          "scm/developerConnection");

  @Test
  void releaseProfileBuildsASignedBundleThatMeetsThePortalRequirements(@TempDir Path temp)
      throws IOException, InterruptedException {
    Path gpg =
        onPath("gpg")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The release rehearsal needs GnuPG: no 'gpg' on the PATH ("
                            + System.getenv("PATH")
                            + "). Install it (Debian/Ubuntu: apt-get install gnupg)."));
    String releaseVersion = System.getProperty("ikm.projectVersion").replace("-SNAPSHOT", "");
    Path project = copyProject(Path.of("..").toRealPath(), temp.resolve("project"));
    setVersion(project, System.getProperty("ikm.projectVersion"), releaseVersion);

    Path gnupgHome = Files.createDirectory(temp.resolve("gnupg"));
    Files.setPosixFilePermissions(gnupgHome, PosixFilePermissions.fromString("rwx------"));
    try {
      Path keySpec = temp.resolve("key-spec");
      Files.writeString(
          keySpec,
          String.join(
              "\n",
              "%no-protection",
              "Key-Type: eddsa",
              "Key-Curve: ed25519",
              "Key-Usage: sign",
              "Name-Real: IKM SDK release rehearsal",
              "Name-Email: rehearsal@ikmsdk.invalid",
              "Expire-Date: 1d",
              "%commit",
              ""),
          StandardCharsets.US_ASCII);
      run(
          temp,
          gnupgHome,
          temp.resolve("gpg-key.log"),
          gpg.toString(),
          "--batch",
          "--gen-key",
          keySpec.toString());

      Path log = Path.of("target/release-rehearsal.log").toAbsolutePath();
      // Online even when this build is offline: the publish goal skips itself offline. With
      // -DskipUpload=true it uploads nothing; Maven fetches only plugins not yet in the repository.
      List<String> mvn =
          List.of(
              maven().toString(),
              "-B",
              "-Dmaven.repo.local=" + System.getProperty("ikm.mavenRepoLocal"),
              "-Dmaven.install.skip=true",
              "-DskipTests",
              "-DskipUpload=true",
              "-P",
              "release",
              "deploy");
      run(project, gnupgHome, log, mvn.toArray(String[]::new));

      Path bundle = project.resolve("target/central-publishing/central-bundle.zip");
      assertTrue(Files.isRegularFile(bundle), "no bundle at " + bundle + "; see " + log);
      Path unpacked = unzip(bundle, temp.resolve("bundle"));
      checkBundle(unpacked, releaseVersion, gpg, gnupgHome, temp);
    } finally {
      // Stop the agent that gpg started for the temporary home, so that the directory can go.
      onPath("gpgconf")
          .ifPresent(
              gpgconf -> {
                try {
                  run(
                      temp,
                      gnupgHome,
                      temp.resolve("gpgconf.log"),
                      gpgconf.toString(),
                      "--kill",
                      "gpg-agent");
                } catch (IOException | InterruptedException | AssertionError e) {
                  // best effort: the agent exits by itself when its home disappears
                }
              });
    }
  }

  @Test
  void brokenBundlesAreReported(@TempDir Path temp) throws IOException, InterruptedException {
    Path bundle = temp.resolve("bundle");
    Path core = Files.createDirectories(bundle.resolve(GROUP_PATH + "/ikm-core/1.0"));
    Files.writeString(
        core.resolve("ikm-core-1.0.pom"),
        "<project><parent><groupId>io.github.ikmsdk</groupId><artifactId>ikm-parent</artifactId>"
            + "<version>1.0</version></parent><artifactId>ikm-core</artifactId>"
            + "<name>core</name><url>u</url></project>");
    Files.writeString(core.resolve("ikm-core-1.0.pom.md5"), "0123");
    Files.writeString(core.resolve("ikm-core-1.0.jar"), "not really a jar");
    Files.writeString(
        core.resolve("ikm-core-1.0.jar.sha1"), "6ac1f1ed2c4c1ea5ab3e4c2f84e3a0b1c2d3e4f5");
    Path examples = Files.createDirectories(bundle.resolve(GROUP_PATH + "/ikm-examples/1.0"));
    Files.writeString(examples.resolve("ikm-examples-1.0-SNAPSHOT.jar"), "");

    List<String> problems = problems(bundle, "1.0", Path.of("gpg"), temp, temp);
    String all = String.join("\n", problems);
    for (String expected :
        List.of(
            "ikm-core-1.0.pom: no .asc",
            "ikm-core-1.0.pom: no .sha1",
            "ikm-core-1.0.pom.md5: 0123, content has",
            "ikm-core-1.0.jar: no .md5",
            "ikm-core-1.0.jar.sha1: 6ac1f1ed2c4c1ea5ab3e4c2f84e3a0b1c2d3e4f5, content has",
            "ikm-core-1.0.pom: no <description>",
            "ikm-core-1.0.pom: parent POM ikm-parent is not in the bundle",
            "ikm-examples-1.0-SNAPSHOT.jar: not a io/github/ikmsdk artifact",
            "published jars by artifact {ikm-core=[]}, expected")) {
      assertTrue(all.contains(expected), "expected a problem «" + expected + "» in:\n" + all);
    }
  }

  private static void checkBundle(Path bundle, String version, Path gpg, Path gnupgHome, Path temp)
      throws IOException, InterruptedException {
    assertEquals(
        List.of(),
        problems(bundle, version, gpg, gnupgHome, temp),
        "the bundle breaks the Portal's requirements");
    // Builder setters are documented as the public builder's own methods, not as methods
    // "inherited from" a package-private generated class.
    String builder =
        checkJarHolds(
            bundle,
            "ikm-core",
            version,
            "javadoc",
            "io.github.ikmsdk.core/io/github/ikmsdk/core/programme/Programme.Builder.html");
    assertTrue(builder.contains("id=\"name(java.lang.String)\""), "Programme.Builder#name");
    assertTrue(builder.contains("Initializes the value for the"), "setter documentation");
    assertFalse(builder.contains("ImmutableProgramme"), "no generated class in the javadoc");
    checkJarHolds(
        bundle,
        "ikm-core",
        version,
        "test-javadoc",
        "io/github/ikmsdk/core/testing/IkmArbitraries.html");
    checkJarHolds(
        bundle,
        "ikm-core",
        version,
        "test-sources",
        "io/github/ikmsdk/core/testing/RuleContract.java");
    checkJarHolds(bundle, "ikm-json", version, "sources", "io/github/ikmsdk/json/IkmJson.java");
  }

  /**
   * Lists every way in which a bundle breaks the Portal's requirements or publishes the wrong set.
   */
  private static List<String> problems(
      Path bundle, String version, Path gpg, Path gnupgHome, Path temp)
      throws IOException, InterruptedException {
    SortedSet<String> files;
    try (Stream<Path> walk = Files.walk(bundle)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> bundle.relativize(p).toString().replace(File.separatorChar, '/'))
              .collect(toCollection(TreeSet::new));
    }
    Map<String, SortedSet<String>> classifiers = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      if (file.matches(".*\\.(asc|md5|sha1|sha256|sha512)")) {
        continue;
      }
      Matcher m = FILE.matcher(file);
      if (!m.matches()) {
        problems.add(file + ": not a " + GROUP_PATH + " artifact in the repository layout");
        continue;
      }
      if (!m.group(2).equals(version) || version.endsWith("-SNAPSHOT")) {
        problems.add(file + ": version " + m.group(2) + ", expected the release " + version);
      }
      if (m.group(4).equals("jar")) {
        classifiers
            .computeIfAbsent(m.group(1), k -> new TreeSet<>())
            .add(m.group(3) == null ? "" : m.group(3));
      } else {
        classifiers.computeIfAbsent(m.group(1), k -> new TreeSet<>());
      }
      for (String suffix : List.of(".asc", ".md5", ".sha1")) {
        if (!files.contains(file + suffix)) {
          problems.add(file + ": no " + suffix);
        }
      }
      Path path = bundle.resolve(file);
      checkDigest(path, "MD5", ".md5", problems);
      checkDigest(path, "SHA-1", ".sha1", problems);
      if (files.contains(file + ".asc")) {
        Path asc = bundle.resolve(file + ".asc");
        int exit =
            exitCode(
                temp,
                gnupgHome,
                gpg.toString(),
                "--batch",
                "--verify",
                asc.toString(),
                path.toString());
        if (exit != 0) {
          problems.add(file + ".asc: gpg --verify fails (exit " + exit + ")");
        }
      }
      if (file.endsWith(".pom")) {
        checkPom(bundle, file, m.group(1), version, problems);
      }
    }
    if (!classifiers.equals(PUBLISHED)) {
      problems.add("published jars by artifact " + classifiers + ", expected " + PUBLISHED);
    }
    return problems;
  }

  private static void checkDigest(Path file, String algorithm, String suffix, List<String> problems)
      throws IOException {
    Path sum = file.resolveSibling(file.getFileName() + suffix);
    if (!Files.isRegularFile(sum)) {
      return;
    }
    String expected;
    try {
      expected =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    String actual = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
    if (!actual.toLowerCase(Locale.ROOT).equals(expected)) {
      problems.add(file.getFileName() + suffix + ": " + actual + ", content has " + expected);
    }
  }

  /** Checks a POM's coordinates and the metadata the Portal requires, following its parent. */
  private static void checkPom(
      Path bundle, String file, String artifactId, String version, List<String> problems)
      throws IOException {
    Element pom = parse(bundle.resolve(file));
    String groupId = text(pom, "groupId").or(() -> text(pom, "parent/groupId")).orElse("");
    String pomVersion = text(pom, "version").or(() -> text(pom, "parent/version")).orElse("");
    if (!groupId.equals(GROUP_PATH.replace('/', '.'))
        || !text(pom, "artifactId").orElse("").equals(artifactId)
        || !pomVersion.equals(version)) {
      problems.add(file + ": coordinates " + groupId + ":" + artifactId + ":" + pomVersion);
    }
    for (String element : POM_METADATA) {
      Element current = pom;
      while (text(current, element).isEmpty() && text(current, "parent/artifactId").isPresent()) {
        String parent = text(current, "parent/artifactId").get();
        Path parentPom =
            bundle.resolve(
                GROUP_PATH + "/" + parent + "/" + version + "/" + parent + "-" + version + ".pom");
        if (!Files.isRegularFile(parentPom)) {
          problems.add(file + ": parent POM " + parent + " is not in the bundle");
          break;
        }
        current = parse(parentPom);
      }
      if (text(current, element).isEmpty()) {
        problems.add(file + ": no <" + element + ">");
      }
    }
  }

  /** Returns the text of an entry of a jar of the bundle; fails if there is no such entry. */
  private static String checkJarHolds(
      Path bundle, String artifactId, String version, String classifier, String entry)
      throws IOException {
    String name = artifactId + "-" + version + "-" + classifier + ".jar";
    Path jar = bundle.resolve(String.join("/", GROUP_PATH, artifactId, version, name));
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      assertTrue(found != null, name + " must hold " + entry);
      try (InputStream in = zip.getInputStream(found)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  private static Element parse(Path pom) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(pom + " is not a well-formed POM", e);
    }
  }

  /** The non-blank text at a slash-separated path of child elements, the first of each name. */
  private static Optional<String> text(Element root, String path) {
    Element current = root;
    for (String name : Splitter.on('/').split(path)) {
      Element next = null;
      for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element && ((Element) child).getTagName().equals(name)) {
          next = (Element) child;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      current = next;
    }
    String text = current.getTextContent().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Copies the sources, the POMs and the modules' own files (such as the npm package files) of the
   * build: no target or node_modules directories, no VCS data.
   */
  private static Path copyProject(Path root, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path relative = root.relativize(source);
        if (relative.toString().isEmpty()) {
          Files.createDirectories(target);
          continue;
        }
        String first = relative.getName(0).toString();
        boolean inModule = List.of("ikm-core", "ikm-json", "ikm-examples").contains(first);
        boolean wanted =
            relative.equals(Path.of("pom.xml"))
                || (inModule
                    && (relative.getNameCount() == 1
                        || relative.getName(1).toString().equals("src")
                        // a module's own files: its POM, ikm-json's package.json and lock
                        || (relative.getNameCount() == 2 && Files.isRegularFile(source))));
        if (wanted) {
          Path copy = target.resolve(relative.toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
    return target;
  }

  /** Gives every POM of the copy the release version. */
  private static void setVersion(Path project, String from, String to) throws IOException {
    for (String pom :
        List.of("pom.xml", "ikm-core/pom.xml", "ikm-json/pom.xml", "ikm-examples/pom.xml")) {
      Path path = project.resolve(pom);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      String tag = "<version>" + from + "</version>";
      assertTrue(text.contains(tag), pom + " must have " + tag);
      Files.writeString(
          path, text.replace(tag, "<version>" + to + "</version>"), StandardCharsets.UTF_8);
    }
  }

  private static Path unzip(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        Path out = target.resolve(entry.getName()).normalize();
        assertTrue(out.startsWith(target), "bundle entry outside the bundle: " + entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out);
          }
        }
      }
    }
    return target;
  }

  private static Path maven() {
    String home = System.getProperty("ikm.mavenHome", "");
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    Path mvn = Path.of(home, "bin", windows ? "mvn.cmd" : "mvn");
    assertTrue(Files.isExecutable(mvn), "no Maven at " + mvn + " (ikm.mavenHome)");
    return mvn;
  }

  private static Optional<Path> onPath(String program) {
    for (String dir :
        Splitter.on(File.pathSeparatorChar)
            .omitEmptyStrings()
            .split(System.getenv().getOrDefault("PATH", ""))) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int exitCode(Path dir, Path gnupgHome, String... command)
      throws IOException, InterruptedException {
    return finish(start(dir, gnupgHome, ProcessBuilder.Redirect.DISCARD, command), command);
  }

  private static Process start(
      Path dir, Path gnupgHome, ProcessBuilder.Redirect output, String... command)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output);
    builder.environment().put("GNUPGHOME", gnupgHome.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return builder.start();
  }

  private static int finish(Process process, String... command) throws InterruptedException {
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 30 minutes");
    }
    return process.exitValue();
  }

  /** Runs a command to its end, its output in a log file; fails with the log's tail. */
  private static void run(Path dir, Path gnupgHome, Path log, String... command)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    int exit =
        finish(start(dir, gnupgHome, ProcessBuilder.Redirect.to(log.toFile()), command), command);
    if (exit != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      fail(
          String.join(" ", command)
              + " failed (exit "
              + exit
              + "); the end of "
              + log
              + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
    }
  }
}
