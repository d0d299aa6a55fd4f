// DeputyLink: the supervisors' dashboard headline on Cockpit's dashboard (plugin point
// cockpit.dashboard, the 7.14+ plugin interface). The figures come from the plugin's own resource,
// /camunda/api/cockpit/plugin/deputylink-dashboard/{engine}/headline, with Cockpit's session.
function element(tag, className, text) {
  var e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

export default {
  id: 'deputylink-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: function (node, context) {
    var api = context.api;
    var section = element('section', 'deputylink-dashboard');
    var title = element('h1', 'section-title', '督办看板');
    section.appendChild(title);
    var status = element('p', 'deputylink-status', '正在加载……');
    section.appendChild(status);
    node.appendChild(section);
    fetch(api.cockpitApi + '/plugin/deputylink-dashboard/' + api.engine + '/headline', {
      headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status === 403 ? '只有督办人员和人大代表工委可以查看督办看板' : '督办看板暂时无法加载');
      }
      return response.json();
    }).then(function (data) {
      section.removeChild(status);
      section.appendChild(element('p', 'deputylink-period', data.period + ' · 当前超期案件 ' + data.overdueCases + ' 件'));
      var list = element('dl', 'deputylink-figures');
      data.figures.forEach(function (f) {
        var dt = element('dt', null, f.label);
        dt.title = f.definition;
        var dd = element('dd', null, f.value + (f.parts ? '（' + f.parts + '）' : ''));
        dd.title = f.definition;
        list.appendChild(dt);
        list.appendChild(dd);
      });
      section.appendChild(list);
      var link = element('a', 'deputylink-link', '打开督办看板');
      link.href = data.link;
      section.appendChild(link);
    }).catch(function (e) {
      status.textContent = e.message;
    });
  }
};
