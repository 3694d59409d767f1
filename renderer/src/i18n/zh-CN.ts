/**
 * zh-CN is the source language of the UI. Strings shared by several screens live here; a sentence that only
 * one component shows stays next to that component, so a feature folder can be read on its own.
 */
export const APP_NAME = '临床专科建设规划';
export const POLICY_REF = '国卫医政发〔2023〕22号';

export const COMMON = {
  save: '保存',
  cancel: '取消',
  edit: '编辑',
  delete: '删除',
  confirm: '确定',
  loading: '正在载入…',
  saved: '已保存',
  notSaved: '未保存：请按提示修改后再保存',
  unknownError: '操作失败',
  allHospitals: '全部医院',
  noHospital: '未设置医院',
} as const;

/** Shown wherever a page needs data and the database holds none. */
export const EMPTY_DATABASE = {
  title: '尚无数据',
  description: '前往 设置 载入示例数据 或 新建医院概况',
  toSettings: '前往设置载入示例数据',
  newHospital: '新建医院概况',
} as const;

export const COMING_SOON = '本功能将在后续版本提供';

/** Guidance article references are shown as 依据：四.5 next to the rules and pages that serve them. */
export function articleRef(article: string): string {
  return `依据：${article}`;
}
