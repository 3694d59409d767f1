import type { Random } from './random.ts';

// Frequent surnames first and repeated, so the mix looks like a real staff list (王/李/张 dominate).
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '王', '李', '张', '刘', '陈',
  '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐',
  '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟',
  '欧阳', '司马',
] as const;

const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛',
  '明', '超', '秀', '霞', '平', '刚', '桂', '英', '华', '建', '国', '志', '文', '红', '玉',
  '晓', '海', '东', '辉', '鹏', '斌', '宇', '浩', '凯', '婷', '雪', '琳', '晨', '欣', '佳',
  '俊', '峰', '博', '振', '宏', '立', '新', '春', '德', '永', '成', '光', '亮', '金', '荣',
] as const;

/** A plausible Chinese full name: one- or two-character given name, as on real rosters. */
export function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}
