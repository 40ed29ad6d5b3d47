import { describe, expect, it } from "vitest";
import { detectEmotion, fuseSpeechEmotion, textEmotionDistribution } from "./emotion";
import { lexiconScores } from "./emotion-lexicon";

describe("detectEmotion", () => {
  it("reads negation: 满意 is happy, 不满意 is angry", () => {
    expect(detectEmotion("很满意").label).toBe("happy");
    expect(detectEmotion("我对结果很不满意").label).toBe("angry");
    expect(detectEmotion("i'm happy with it").label).toBe("happy");
    expect(detectEmotion("i'm not happy with this").label).toBe("angry");
  });

  it("negated negative cues do not count", () => {
    expect(lexiconScores("不着急", "zh-CN").anxious).toBe(0);
    expect(lexiconScores("i'm not angry", "en").angry).toBe(0);
  });

  it("intensifiers raise the cue weight", () => {
    expect(lexiconScores("非常生气", "zh-CN").angry).toBeGreaterThan(lexiconScores("生气", "zh-CN").angry);
    expect(lexiconScores("so frustrated", "en").angry).toBeGreaterThan(lexiconScores("frustrated", "en").angry);
  });

  it("stacked punctuation and repetition signal urgency", () => {
    expect(detectEmotion("快点快点！").label).toBe("anxious");
    const plain = textEmotionDistribution("到底什么时候到");
    const stacked = textEmotionDistribution("到底什么时候到？？？");
    // Index 0 = angry, 1 = anxious: the escalate share grows with stacked question marks.
    expect(stacked[0] + stacked[1]).toBeGreaterThan(plain[0] + plain[1]);
    expect(detectEmotion("WHERE IS MY ORDER, I PAID A WEEK AGO").label).toBe("angry");
  });

  it("threats and profanity are anger", () => {
    expect(detectEmotion("再不退款我就打12315").label).toBe("angry");
    expect(detectEmotion("我要去消协曝光你们").label).toBe("angry");
    expect(detectEmotion("my lawyer will contact you").label).toBe("angry");
    expect(detectEmotion("wtf is this shit").label).toBe("angry");
  });

  it("keeps plain questions neutral and scores in [0,1]", () => {
    for (const text of ["请问怎么开发票", "do you have this in medium"]) {
      const e = detectEmotion(text);
      expect(e.label).toBe("neutral");
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  it("fuses an upstream speech score by the documented rule", () => {
    const neutralText = textEmotionDistribution("我想查一下订单");
    expect(fuseSpeechEmotion(neutralText, { label: "angry", score: 0.9 })).toEqual({ label: "angry", score: 0.9 });
    expect(fuseSpeechEmotion(neutralText, { label: "angry", score: 0.5 }).label).toBe("neutral");
    const happyText = textEmotionDistribution("太好了，谢谢你们");
    expect(fuseSpeechEmotion(happyText, { label: "sad", score: 0.6 }).label).toBe("happy");
    expect(detectEmotion("我想查一下订单", { upstreamEmotion: { label: "anxious", score: 0.85 } }).label).toBe("anxious");
  });
});
