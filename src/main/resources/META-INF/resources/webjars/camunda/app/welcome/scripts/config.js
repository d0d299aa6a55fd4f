// DeputyLink's configuration of Camunda welcome (replaces the webjar's config.js of the same path;
// the application's classes come first on the classpath). Options: docs.camunda.org, "Configuration"
// of the welcome webapp.
export default {
  // shown in the header and on the login page instead of "Camunda Welcome"
  app: {
    name: '欢迎',
    vendor: '人大代表联络平台'
  },
  // the platform's own pages beside the Camunda apps ("Custom links" of the welcome configuration);
  // the pages are served at the root of the same host as /camunda
  links: [
    {
      label: '基础信息管理',
      href: '/admin/registry',
      description: '代表工委维护家站室、代表、代表小组、承办单位、届次换届、两个联系和账号，Excel 导入导出'
    },
    {
      label: '统计分析',
      href: '/dashboard',
      description: '办理情况、满意率、代表履职和联系群众覆盖率等统计'
    },
    {
      label: '群众端',
      href: '/h5/',
      description: '群众反映意见、查询办理进度、码上找代表（手机页面）'
    }
  ],
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
