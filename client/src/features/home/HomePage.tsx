/**
 * 首页: what 职称通 is, the application routes of 包人社办字〔2021〕82号, entries to 自测 / 政策 / 进度.
 * 我的通知 and 近期宣讲 (HomeSections.tsx) after the intro.
 * Test hooks: #home-intro, #home-routes, .home-route (one per route), #home-go-check, #home-go-policy, #home-go-progress
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { LazyHomeSections } from './LazyHomeSections';
import { HOME_CARD } from '../../services/share/cards';
import { usePageShare } from '../../services/share/share';
import './HomePage.scss';

/** 第一条's four bodies, in the clause's order (包人社办字〔2021〕82号 第一条 (1)–(4)). */
const ROUTES = [
  { title: '存放档案的人才交流服务机构', text: '人事档案存放在人才交流服务机构的，可由该机构推荐报送。' },
  { title: '单位所在地的人社部门', text: '单位所在旗县区的人社局（稀土高新区为组织人社部）。' },
  { title: '工商联、行业协会、商会、学会', text: '可由这些社会组织推荐报送。' },
  { title: '职称申报受理服务点', text: '设在创业孵化基地、高新技术开发区、科技园区等地的服务点（有条件的旗县区设立）。' },
];

function Home() {
  usePageShare(HOME_CARD);
  return (
    <View className="page home">
      <Card id="home-intro">
        <Text className="home__hero-title">职称通</Text>
        <Text className="home__hero-text">
          为包头市非公有制企业的专业技术人员办理职称申报：先自测条件，再按政策渠道提交，随时查看进度。
        </Text>
        <Text className="home__policy">依据：包人社办字〔2021〕82号</Text>
      </Card>

      <LazyHomeSections />

      <Text className="page-title">可以从哪里申报</Text>
      <Text className="page-lead">先向本单位提出申请，经单位审核后集中申报，可通过下面任一部门（单位）推荐报送（第一条）：</Text>
      <View id="home-routes">
        {ROUTES.map((r, i) => (
          <Card key={r.title} className="home-route">
            <Text className="home-route__title">
              {i + 1}. {r.title}
            </Text>
            <Text className="card__text">{r.text}</Text>
          </Card>
        ))}
      </View>

      <ActionButton id="home-go-check" kind="primary" onPress={() => void Taro.switchTab({ url: '/pages/check/index' })}>
        自测我能否申报
      </ActionButton>
      <ActionButton id="home-go-policy" onPress={() => void Taro.switchTab({ url: '/pages/policy/index' })}>
        看政策原文要点
      </ActionButton>
      <ActionButton id="home-go-progress" onPress={() => void Taro.switchTab({ url: '/pages/progress/index' })}>
        查我的申报进度
      </ActionButton>
      <Text className="home__footnote">具体条件以政策原文和人社部门解释为准。</Text>
    </View>
  );
}

export default Home;
