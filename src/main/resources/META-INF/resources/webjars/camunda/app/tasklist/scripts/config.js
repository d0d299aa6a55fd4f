// DeputyLink's configuration of Camunda Tasklist (replaces the webjar's config.js of the same path;
// the application's classes come first on the classpath). Options: docs.camunda.org, "Configuration"
// of the tasklist webapp.
export default {
  // shown in the header and on the login page instead of "Camunda Tasklist"
  app: {
    name: '任务列表',
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
  },
  // the webjar's default keyboard shortcuts, described in Chinese
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
