package io.github.ikmsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every shell command the README shows names things that exist: the modules of {@code -pl}, the
 * profiles of {@code -P}, the lifecycle phases and plugin goals, the {@code -D} properties (each
 * must be a parameter of a plugin the command runs, read from that plugin's own descriptor at the
 * version the build uses, or a property of the POMs), the main classes of {@code
 * -Dexample.mainClass} and of {@code java} commands, and the class path a {@code java} command
 * reads is the file a {@code mvn} command writes. A property that Maven would silently ignore, such
 * as a misspelt plugin property, fails this test.
 */
class ReadmeCommandsTest {

  private static final Path ROOT = Path.of("..");

  /** The plugins a command's phases or goals run, by goal prefix. */
  private static final ImmutableMap<String, String> PREFIXES =
      ImmutableMap.of(
          "surefire", "maven-surefire-plugin",
          "dependency", "maven-dependency-plugin",
          "exec", "exec-maven-plugin");

  private static final ImmutableList<String> PHASES =
      ImmutableList.of("clean", "compile", "test", "package", "verify", "install", "deploy");

  private static final Pattern PROPERTY_USE = Pattern.compile("\\$\\{([^}]+)}");

  @Test
  void everyReadmeCommandNamesWhatExists() throws IOException {
    List<List<String>> commands = commands(Files.readString(ROOT.resolve("README.md")));
    assertFalse(commands.isEmpty(), "the README shows no shell command");
    Map<String, Set<String>> parameters = pluginParameters();
    Set<String> pomProperties = pomProperties();
    Set<String> classPathFiles = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (List<String> command : commands) {
      switch (command.get(0)) {
        case "mvn":
          checkMaven(command, parameters, pomProperties, classPathFiles, problems);
          break;
        case "java":
          checkJava(command, classPathFiles, problems);
          break;
        default:
          problems.add(String.join(" ", command) + ": not a mvn or java command");
      }
    }
    assertEquals(List.of(), problems, "README commands");
  }

  /**
   * The README's coordinates are those of the latest release, the first dated section of the
   * CHANGELOG, which users can take from Maven Central. A release build has that version; a
   * development build ({@code -SNAPSHOT}) is of a later version.
   */
  @Test
  void readmeCoordinatesHaveTheLatestReleaseAndTheBuildFollowsIt() throws IOException {
    Matcher dated =
        Pattern.compile("(?m)^## \\[([0-9]+\\.[0-9]+\\.[0-9]+)] - [0-9]{4}-[0-9]{2}-[0-9]{2}$")
            .matcher(Files.readString(ROOT.resolve("CHANGELOG.md")));
    assertTrue(dated.find(), "the CHANGELOG has a dated release section");
    String released = dated.group(1);
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(readme);
    int count = 0;
    while (version.find()) {
      assertEquals(released, version.group(1), version.group());
      count++;
    }
    assertEquals(3, count, "the README shows three dependencies with a version");
    String build = System.getProperty("ikm.projectVersion");
    if (build.endsWith("-SNAPSHOT")) {
      String next = build.substring(0, build.length() - "-SNAPSHOT".length());
      assertTrue(
          compareVersions(next, released) > 0,
          "development version " + build + " follows the release " + released);
    } else {
      assertEquals(released, build, "a release build has the CHANGELOG's latest dated version");
    }
  }

  @Test
  void versionsCompareByNumber() {
    assertTrue(compareVersions("0.1.1", "0.1.0") > 0);
    assertTrue(compareVersions("0.10.0", "0.9.0") > 0);
    assertTrue(compareVersions("1.0.0", "0.99.99") > 0);
    assertEquals(0, compareVersions("0.1.0", "0.1.0"));
  }

  /** Compares two versions {@code major.minor.patch} by number. */
  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Test
  void aMisspeltPluginPropertyIsCaught() throws IOException {
    String readme =
        "```sh\nmvn -B -pl ikm-examples package dependency:build-classpath \\\n"
            + "    -Dmdep.includeScope=runtime\n```\n";
    List<List<String>> commands = commands(readme);
    List<String> problems = new ArrayList<>();
    checkMaven(commands.get(0), pluginParameters(), pomProperties(), new HashSet<>(), problems);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("-Dmdep.includeScope"), problems::toString);
  }

  private static void checkMaven(
      List<String> command,
      Map<String, Set<String>> parameters,
      Set<String> pomProperties,
      Set<String> classPathFiles,
      List<String> problems)
      throws IOException {
    String text = String.join(" ", command);
    Set<String> plugins = new HashSet<>();
    List<String> properties = new ArrayList<>();
    for (int i = 1; i < command.size(); i++) {
      String arg = command.get(i);
      if (arg.equals("-pl")) {
        for (String module : command.get(++i).split(",")) {
          if (!Files.isRegularFile(ROOT.resolve(module).resolve("pom.xml"))) {
            problems.add(text + ": no module " + module);
          }
        }
      } else if (arg.equals("-P")) {
        String profile = command.get(++i);
        if (!Files.readString(ROOT.resolve("pom.xml")).contains("<id>" + profile + "</id>")) {
          problems.add(text + ": no profile " + profile);
        }
      } else if (arg.startsWith("-D")) {
        properties.add(arg.substring(2));
      } else if (List.of("-B", "-q", "-o", "-am").contains(arg)) {
        continue;
      } else if (PHASES.contains(arg)) {
        int phase = PHASES.indexOf(arg);
        if (phase >= PHASES.indexOf("test")) {
          plugins.add("maven-surefire-plugin");
        }
      } else if (arg.contains(":") && PREFIXES.containsKey(arg.substring(0, arg.indexOf(':')))) {
        String plugin = PREFIXES.get(arg.substring(0, arg.indexOf(':')));
        plugins.add(plugin);
        if (!parameters.containsKey(plugin + ":" + arg.substring(arg.indexOf(':') + 1))) {
          problems.add(text + ": " + plugin + " has no goal " + arg);
        }
      } else {
        problems.add(text + ": unknown argument " + arg);
      }
    }
    for (String property : properties) {
      String name =
          property.contains("=") ? property.substring(0, property.indexOf('=')) : property;
      String value = property.contains("=") ? property.substring(property.indexOf('=') + 1) : "";
      boolean known = pomProperties.contains(name);
      for (String goal : parameters.keySet()) {
        known |=
            plugins.contains(goal.substring(0, goal.indexOf(':')))
                && parameters.get(goal).contains(name);
      }
      if (!known) {
        problems.add(
            text + ": -D" + name + " is no parameter of " + plugins + " nor a POM property");
      }
      if (name.equals("example.mainClass")) {
        loadable(value, text, problems);
      }
      if (name.equals("mdep.outputFile")) {
        classPathFiles.add(value.replace("$PWD/", ""));
      }
    }
  }

  private static void checkJava(
      List<String> command, Set<String> classPathFiles, List<String> problems) {
    String text = String.join(" ", command);
    int cp = command.indexOf("-cp");
    if (cp < 0) {
      problems.add(text + ": no -cp");
      return;
    }
    String classPath = command.get(cp + 1);
    if (!classPath.contains("ikm-examples/target/classes")) {
      problems.add(text + ": the class path lacks ikm-examples/target/classes");
    }
    Matcher file = Pattern.compile("\\$\\(cat ([^)]+)\\)").matcher(classPath);
    if (!file.find() || !classPathFiles.contains(file.group(1))) {
      problems.add(text + ": reads a class path no earlier mvn command writes " + classPathFiles);
    }
    loadable(command.get(cp + 2), text, problems);
  }

  private static void loadable(String className, String command, List<String> problems) {
    try {
      Class<?> type = Class.forName(className, false, ReadmeCommandsTest.class.getClassLoader());
      type.getMethod("main", String[].class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      problems.add(command + ": no class with a main method " + className);
    }
  }

  /** The commands of the README's {@code sh} blocks, continued lines joined, comments dropped. */
  static List<List<String>> commands(String readme) {
    List<List<String>> commands = new ArrayList<>();
    Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      String joined = block.group(1).replace("\\\n", " ");
      for (String line : joined.split("\n")) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          commands.add(words(stripped));
        }
      }
    }
    return commands;
  }

  /** Splits a command into words; double quotes group (and are dropped), nothing is expanded. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** For every goal ("plugin:goal") of the plugins on the test class path, its user properties. */
  private static Map<String, Set<String>> pluginParameters() throws IOException {
    Map<String, Set<String>> parameters = new TreeMap<>();
    for (URL url :
        Collections.list(
            ReadmeCommandsTest.class.getClassLoader().getResources("META-INF/maven/plugin.xml"))) {
      Element plugin;
      try (InputStream in = url.openStream()) {
        plugin = parse(in);
      }
      String artifactId = child(plugin, "artifactId");
      NodeList mojos = plugin.getElementsByTagName("mojo");
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        Set<String> names = new HashSet<>();
        NodeList configuration = mojo.getElementsByTagName("configuration");
        if (configuration.getLength() > 0) {
          Matcher use = PROPERTY_USE.matcher(configuration.item(0).getTextContent());
          while (use.find()) {
            names.add(use.group(1));
          }
        }
        parameters.put(artifactId + ":" + child(mojo, "goal"), names);
      }
    }
    assertTrue(
        parameters
            .keySet()
            .containsAll(
                List.of(
                    "maven-surefire-plugin:test",
                    "maven-dependency-plugin:build-classpath",
                    "exec-maven-plugin:java")),
        "plugin descriptors on the test class path: " + parameters.keySet());
    return parameters;
  }

  /** The properties the POMs define or use. */
  private static Set<String> pomProperties() throws IOException {
    Set<String> names = new HashSet<>();
    for (String pom : List.of("pom.xml", "ikm-examples/pom.xml")) {
      Matcher use = PROPERTY_USE.matcher(Files.readString(ROOT.resolve(pom)));
      while (use.find()) {
        names.add(use.group(1));
      }
    }
    names.removeIf(name -> name.startsWith("project.") || name.startsWith("settings."));
    return names;
  }

  private static Element parse(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e);
    }
  }

  private static String child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return n.getTextContent().strip();
      }
    }
    return "";
  }
}
