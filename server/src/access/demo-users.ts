import type { NewUser } from './accounts';

/**
 * The demo company's people, one per role plus a second regional manager and a province-scoped
 * planner. Their passwords are for the demo only and are listed in the README.
 */
export const DEMO_USERS: (NewUser & { password: string })[] = [
  {
    login: 'li.planner',
    displayName: '李娜 (促销计划员)',
    password: 'planner-demo',
    roles: ['planner'],
    provinces: [],
    channels: [],
  },
  {
    login: 'zhao.planner',
    displayName: '赵磊 (浙江计划员)',
    password: 'planner-demo',
    roles: ['planner'],
    provinces: ['浙江'],
    channels: [],
  },
  {
    login: 'wang.manager',
    displayName: '王敏 (华东区域经理)',
    password: 'manager-demo',
    roles: ['manager'],
    provinces: ['华东'],
    channels: [],
  },
  {
    login: 'liu.manager',
    displayName: '刘洋 (华东区域经理)',
    password: 'manager-demo',
    roles: ['manager'],
    provinces: ['华东'],
    channels: [],
  },
  {
    login: 'zhang.manager',
    displayName: '张伟 (全国大客户经理)',
    password: 'manager-demo',
    roles: ['manager'],
    provinces: [],
    channels: [],
  },
  {
    login: 'chen.director',
    displayName: '陈刚 (销售总监)',
    password: 'director-demo',
    roles: ['manager'],
    provinces: [],
    channels: [],
  },
  {
    login: 'sun.compliance',
    displayName: '孙丽 (合规)',
    password: 'compliance-demo',
    roles: ['compliance'],
    provinces: [],
    channels: [],
  },
  {
    login: 'qian.finance',
    displayName: '钱伟 (财务)',
    password: 'finance-demo',
    roles: ['finance'],
    provinces: [],
    channels: [],
  },
  {
    login: 'zhou.auditor',
    displayName: '周静 (审计)',
    password: 'auditor-demo',
    roles: ['auditor'],
    provinces: [],
    channels: [],
  },
  {
    login: 'admin',
    displayName: '系统管理员',
    password: 'admin-demo',
    roles: ['admin'],
    provinces: [],
    channels: [],
  },
];
