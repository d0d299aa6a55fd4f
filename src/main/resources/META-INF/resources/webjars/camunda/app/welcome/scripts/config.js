// DeputyLink's configuration of Camunda welcome (replaces the webjar's config.js of the same path;
// the application's classes come first on the classpath). Options: docs.camunda.org, "Configuration"
// of the welcome webapp.
export default {
  // shown in the header and on the login page instead of "Camunda Welcome"
  app: {
    name: '欢迎',
    vendor: '人大代表联络平台'
  },
  // Chinese for everyone, whatever the browser's language. The webapps match only the browser's
  // primary language ('zh-CN' -> 'zh', never 'zh-Hans') against this list and have no language
  // switch of their own, so listing 'en' here would show English to every English-language
  // browser. The zh-Hans files are complete (built by WebappLocaleBuilder); add 'en' only for an
  // installation that wants English for such browsers.
  locales: {
    availableLocales: ['zh-Hans'],
    fallbackLocale: 'zh-Hans'
  }
};
