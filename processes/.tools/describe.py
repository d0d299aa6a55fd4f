#!/usr/bin/env python3
"""Prints the designer's reference of a BPMN model as Markdown: user tasks with their groups,
forms and due dates, service steps with their beans, timers, messages and the process variables
the model reads. Used to keep processes/README.md in step with the models:
    python3 processes/.tools/describe.py processes/opinion-handling.bpmn"""
import re
import sys
import xml.etree.ElementTree as ET

B = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'
C = '{http://camunda.org/schema/1.0/bpmn}'
IDENT = re.compile(r'\$\{([^}]*)\}')
WORD = re.compile(r'(?<![\w.\'"])([a-zA-Z_][A-Za-z0-9_]*)(?![\w(\'"])')
KNOWN = {'execution', 'task', 'true', 'false', 'null', 'and', 'or', 'not', 'eq', 'ne', 'lt', 'gt', 'le', 'ge',
         'empty', 'deadlines', 'loopCounter', 'nrOfInstances', 'nrOfCompletedInstances', 'nrOfActiveInstances',
         'currentUser', 'currentUserGroups', 'dateTime', 'authenticatedUserId', 'instanceof', 'div', 'mod'}


def variables(text):
    found = set()
    for expr in IDENT.findall(text or ''):
        expr = re.sub(r"'[^']*'", '', expr)
        for word in WORD.findall(expr):
            if word not in KNOWN and not word[0].isupper():
                found.add(word)
    return found


def main(path):
    root = ET.parse(path).getroot()
    messages = {m.get('id'): m.get('name') for m in root.iter(B + 'message')}
    for process in root.iter(B + 'process'):
        print(f"#### {process.get('name')}（`{process.get('id')}`）\n")
        print(f"历史保留 {process.get(C + 'historyTimeToLive')} 天。\n")
        names = {el.get('id'): el.get('name') or el.get('id') for el in process.iter() if el.get('id')}
        used = set()
        rows = []
        for el in process.iter(B + 'userTask'):
            who = el.get(C + 'candidateGroups') or el.get(C + 'assignee') or el.get(C + 'candidateUsers')
            rows.append(f"| {el.get('name')} | `{el.get('id')}` | `{who}` | `{el.get(C + 'formRef')}` | "
                        f"{'`' + el.get(C + 'dueDate') + '`' if el.get(C + 'dueDate') else '—'} |")
            for attr in ('candidateGroups', 'assignee', 'dueDate'):
                used |= variables(el.get(C + attr))
        if rows:
            print("| 人工任务 | id | 办理人 / 候选组 | 表单 | 到期 |\n|---|---|---|---|---|")
            print("\n".join(rows) + "\n")
        rows = []
        for tag in ('serviceTask', 'businessRuleTask', 'sendTask', 'callActivity'):
            for el in process.iter(B + tag):
                impl = (el.get(C + 'delegateExpression') or el.get(C + 'decisionRef') or el.get('calledElement')
                        or el.get(C + 'expression') or '')
                kind = {'businessRuleTask': '决策表', 'callActivity': '调用子流程'}.get(tag, '服务')
                async_ = '是' if el.get(C + 'asyncBefore') == 'true' or el.get(C + 'asyncAfter') == 'true' else '否'
                rows.append(f"| {el.get('name')} | `{el.get('id')}` | {kind} `{impl}` | {async_} |")
        if rows:
            print("| 自动环节 | id | 实现 | 异步 |\n|---|---|---|---|")
            print("\n".join(rows) + "\n")
        rows = []
        for ev in process.iter():
            if not ev.tag.endswith('Event'):
                continue
            for timer in ev.iter(B + 'timerEventDefinition'):
                spec = ''
                for child in timer:
                    spec = f"{child.tag.replace(B, '')} `{(child.text or '').strip()}`"
                    used |= variables(child.text)
                attached = ev.get('attachedToRef')
                where = f"挂在“{names.get(attached, attached)}”上" + ("" if ev.get('cancelActivity') != 'false' else "（不中断）") if attached else ""
                rows.append(f"| {ev.get('name')} | `{ev.get('id')}` | {spec} | {where} |")
        if rows:
            print("| 定时 | id | 时间 | 位置 |\n|---|---|---|---|")
            print("\n".join(rows) + "\n")
        rows = []
        for ev in process.iter():
            for md in list(ev.iter(B + 'messageEventDefinition')) + ([ev] if ev.tag == B + 'receiveTask' else []):
                ref = md.get('messageRef')
                if ref:
                    rows.append(f"| {ev.get('name')} | `{ev.get('id')}` | `{messages.get(ref, ref)}` |")
        if rows:
            print("| 消息 | id | 消息名（按业务编号关联） |\n|---|---|---|")
            print("\n".join(sorted(set(rows))) + "\n")
        for flow in process.iter(B + 'sequenceFlow'):
            for cond in flow.iter(B + 'conditionExpression'):
                used |= variables(cond.text)
        for el in process.iter():
            for attr in ('collection', 'elementVariable'):
                if el.get(C + attr):
                    used |= variables('${' + el.get(C + attr) + '}') if attr == 'collection' else set()
        if used:
            print("流程读取的变量：" + "、".join(f"`{v}`" for v in sorted(used)) + "\n")


if __name__ == '__main__':
    for model in sys.argv[1:]:
        main(model)
