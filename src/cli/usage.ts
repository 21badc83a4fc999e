/**
 * The help text (`nianbao help`, `nianbao --help`). Option columns are padded by display
 * width (a Chinese character takes two columns in a terminal), not by string length.
 */
export const USAGE = `政府信息公开工作年度报告（JSON 文件）的命令行工具。

用法：
  nianbao check [--json] [--previous 上年.json] 报告.json…
  nianbao render 报告.json > 报告.html
  nianbao import [--json] 已发布的报告（.html/.docx/.pdf/.txt/.xlsx）
  nianbao export 报告.json --to docx|xlsx|fragment|package [-o 输出文件]
  nianbao summary [--json] 报告.json|报送包.zip…
  nianbao consolidate 报告.json… -o 汇总.json [--name 名称]
  nianbao help

命令：
  check        检查年度报告：导入问题、表格勾稽关系和其他审核项。可一次检查多份报告。
  render       把年度报告输出为可打印的 HTML 页面（写到标准输出）。
  import       读取已发布的年度报告（网页、Word、PDF、文本或 Excel 表格），输出其中的报告
               （--json 输出 JSON）。
  export       把年度报告导出为 Word、Excel、门户网站 HTML 片段或报送包（nianbao export --help）。
  summary      汇总审核：每份报告一行（机关、年度、格式、错误、警告、待填写、检查项），
               以及跨单位检查（同一单位重复、年度或格式不一致、内容雷同、数字异常）。
  consolidate  把同一年度、同一格式的多份报告逐格相加，写成一份汇总报告（JSON）。
  help         显示本帮助。

check 的选项：
  --json                 以 JSON 格式输出检查结果（供其他程序读取）
  --previous 上年.json   对照上年度报告，检查上年结转等衔接关系

退出状态：
  0  没有不通过的错误（警告、提示和待填写的项不影响）
  1  至少一份报告有不通过的错误，或有不符合要求的单元格值
  2  文件无法读取或被拒绝，或命令用法有误
`;
